package main

import "fmt"

func main() {
	const n = 10_000
	sum := 0
	for i := 0; i < n; i++ {
		sum += i % 7
	}
	fmt.Println("sum", sum)
}
