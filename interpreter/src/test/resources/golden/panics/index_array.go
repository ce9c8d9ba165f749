package main

import "fmt"

func main() {
	var a [4]int
	i := -1
	defer fmt.Println("deferred runs before the crash report")
	a[i+5] = 1
	fmt.Println(a)
}
