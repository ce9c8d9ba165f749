package main

import "fmt"

func main() {
	s := []int{1, 2}
	a := [3]int(s)
	fmt.Println(a)
}
