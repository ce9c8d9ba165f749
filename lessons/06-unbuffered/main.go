package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ch := make(chan string) // unbuffered: no room for even one value
	done := make(chan string)

	go func() {
		time.Sleep(100 * time.Millisecond) // the receiver is busy for a while
		msg := <-ch
		done <- "receiver got " + msg
	}()

	fmt.Println("sender: sending at", time.Since(start).Truncate(10*time.Millisecond))
	ch <- "hello" // blocks until the receiver takes it
	fmt.Println("sender: sent at", time.Since(start).Truncate(10*time.Millisecond))
	fmt.Println(<-done)
}
