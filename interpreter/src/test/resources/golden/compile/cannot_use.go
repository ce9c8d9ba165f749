package main

type Celsius float64

type Animal struct{ Name string }

func takeInt(n int) {}

func main() {
	var s string = 5
	var n int = "five"
	takeInt(3.5)
	var c Celsius = 1
	var f float64 = c
	var a Animal
	takeInt(a)
	_, _, _ = s, n, f
}
