package main

import "fmt"

// 1,000,000 messages over an unbuffered channel between two goroutines.
func main() {
	const n = 1_000_000
	ch := make(chan int)
	done := make(chan int)
	go func() {
		sum := 0
		for v := range ch {
			sum += v
		}
		done <- sum
	}()
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
	fmt.Println(<-done)
}
