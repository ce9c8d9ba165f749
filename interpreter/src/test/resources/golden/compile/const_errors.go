package main

import "fmt"

func main() {
	x := 3
	const a = x
	const c int8 = 200
	const d = len([]int{1})
	fmt.Println(a, c, d)
}
