package main

import "fmt"

func f(x interface{}, y interface{}) {}

func main() {
	a, b := 1, 2
	fmt.Println(a, b)
	fmt.Printf("%d %d\n", a, b)
	f(a, b)
	var i interface{} = a
	_ = i
}
