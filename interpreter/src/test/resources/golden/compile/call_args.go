package main

func add(a, b int) int { return a + b }

func greet(name string, times int, loud bool) {}

func main() {
	add(1)
	add(1, 2, 3)
	greet("x")
	greet()
	_ = add(1, 2)
}
