package main

import "fmt"

// numbers sends 1, 2, 3, ... forever.
func numbers() <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; ; i++ {
			out <- i // blocks forever once nobody receives
		}
	}()
	return out
}

func main() {
	ns := numbers()
	for i := 0; i < 3; i++ {
		fmt.Println(<-ns)
	}
	// main is done with ns, but the goroutine inside numbers is stuck
}
