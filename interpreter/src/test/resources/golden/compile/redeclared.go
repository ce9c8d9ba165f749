package main

import "fmt"

type T struct{}

func (T) M() {}
func (T) M() {}

func f() {}
func f() {}

func main() {
	x := 1
	var x int
	fmt.Println(x)
}
