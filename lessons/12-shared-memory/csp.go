package main

import "fmt"

func main() {
	increments := make(chan int)
	total := make(chan int)

	// The owner is the only goroutine that ever touches counter.
	go func() {
		counter := 0
		for d := range increments {
			counter += d
		}
		total <- counter
	}()

	done := make(chan bool)
	for i := 0; i < 1000; i++ {
		go func() {
			increments <- 1
			done <- true
		}()
	}
	for i := 0; i < 1000; i++ {
		<-done
	}
	close(increments)
	fmt.Println("counter:", <-total)
}
