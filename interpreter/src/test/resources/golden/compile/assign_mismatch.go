package main

func two() (int, int) { return 1, 2 }

func main() {
	a, b := 1
	var c, d int = two(), 3
	e := two()
	var f, g, h = two()
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h
}
