package main

import "fmt"

// evens returns a channel that delivers the even numbers below n.
func evens(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 0; i < n; i += 2 {
			out <- i
		}
	}()
	return out
}

func main() {
	for v := range evens(10) {
		fmt.Println(v)
	}
}
