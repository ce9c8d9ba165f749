package main

import "fmt"

func main() {
	s := -3
	fmt.Println(1 << s)
}
