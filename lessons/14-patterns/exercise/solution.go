package main

import "fmt"

// numbers sends 1, 2, 3, ... until done is closed, then closes its output.
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

// squares sends the square of every number it receives until done is closed; then it keeps
// receiving until numbers has closed in, so that both stages are gone when it closes its output.
func squares(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				for range in {
				}
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	sq := squares(done, numbers(done))
	for i := 0; i < 3; i++ {
		fmt.Println(<-sq)
	}
	close(done)
	for range sq {
		// until squares has returned: it closes sq last
	}
}
