package main

import "fmt"

var a = f()
var b = g() + c
var c = 5

func f() int { return b * 2 }
func g() int { return 1 }

var total = sum(items)
var items = []int{1, 2, 3}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println(a, b, c, total)
}
