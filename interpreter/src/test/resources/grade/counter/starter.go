package main

import "fmt"

func Count(n, workers int) int {
	c := 0
	for i := 0; i < n; i++ {
		c++
	}
	return c
}

func main() {
	fmt.Println(Count(1000, 4))
}
