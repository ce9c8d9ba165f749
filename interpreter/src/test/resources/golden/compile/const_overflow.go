package main

import "fmt"

func main() {
	var b uint8 = 256
	var i8 int8 = -129
	const big = 1 << 70
	var n int = big
	x := 10 / 0
	var u uint = -1
	fmt.Println(b, i8, n, x, u)
}
