package main

import "fmt"

// numbers sends 1, 2, 3, ... until done is closed.
func numbers(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	ns := numbers(done)
	for i := 0; i < 3; i++ {
		fmt.Println(<-ns)
	}
	close(done)
	for range ns { // wait until the producer has closed out
	}
	fmt.Println("producer stopped")
}
