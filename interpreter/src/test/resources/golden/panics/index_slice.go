package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println("before")
	fmt.Println(get(s, 5))
	fmt.Println("after")
}
