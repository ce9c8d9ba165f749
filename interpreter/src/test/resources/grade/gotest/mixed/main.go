package main

import "fmt"

func Sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() { fmt.Println(Sum([]int{1, 2})) }
