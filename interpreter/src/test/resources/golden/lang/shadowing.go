package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := 10
	if x := 5; x > 3 {
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	var err error
	if _, err := strconv.Atoi(""); err != nil {
		fmt.Println("shadowed err set")
	}
	fmt.Println("outer err", err)
	for i := 0; i < 2; i++ {
		x := x * 2
		x++
		fmt.Println(i, x)
	}
	switch y := x; {
	case y > 5:
		x := "string now"
		fmt.Println(x)
	}
	func() {
		x = 99
	}()
	fmt.Println(x)
}
