package main

func one() int {
	return 1, 2
}

func none() {
	return 5
}

func two() (int, string) {
	return 1
}

func main() {
	one()
	none()
	two()
	var x int = two()
	_ = x
}
