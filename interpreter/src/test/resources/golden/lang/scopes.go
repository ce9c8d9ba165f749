package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("else", y)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("for", x)
	}
	switch x := 3.5; {
	default:
		fmt.Println("switch", x)
	}
	fmt.Println(x)
	a, err := 1, error(nil)
	b, err := 2, fmt.Errorf("e")
	fmt.Println(a, b, err)
	var len = 3
	fmt.Println(len)
	true := false
	fmt.Println(true)
	type int = string
	var s int = "shadowed int"
	fmt.Println(s)
	{
		fmt := "not a package"
		_ = fmt
	}
	nil := 0
	fmt.Println(nil)
}
