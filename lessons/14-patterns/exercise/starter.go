package main

import "fmt"

// numbers sends 1, 2, 3, ... forever.
func numbers() <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; ; i++ {
			out <- i
		}
	}()
	return out
}

// squares sends the square of every number it receives.
func squares(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func main() {
	sq := squares(numbers())
	for i := 0; i < 3; i++ {
		fmt.Println(<-sq)
	}
	// main is done, but both stages are stuck on a send
}
