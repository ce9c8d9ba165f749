package main

import "fmt"

func main() {
	total := 0
	for i := 1; i <= 10; i++ {
		// TODO: run each worker in its own goroutine and wait for all of them
		total += 1000
		fmt.Println("worker", i, "done")
	}
	fmt.Println("total", total)
}
