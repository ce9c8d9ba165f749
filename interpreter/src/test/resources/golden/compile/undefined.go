package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x + y)
	undefinedFunc()
	var t UnknownType
	_ = t
}
