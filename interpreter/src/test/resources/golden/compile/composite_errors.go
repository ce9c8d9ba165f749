package main

import "fmt"

type P struct{ X, Y int }

func main() {
	a := P{X: 1, Z: 2}
	b := P{1, 2, 3}
	c := P{1}
	d := []int{1, "two"}
	e := map[string]int{"a": 1, "a": 2}
	fmt.Println(a, b, c, d, e)
}
