package main

import "fmt"

func main() {
	queue := make(chan string, 3)
	queue <- "first"
	queue <- "second"
	queue <- "third"
	fmt.Println("queued", len(queue))
	for i := 0; i < 3; i++ {
		fmt.Println(<-queue)
	}
}
