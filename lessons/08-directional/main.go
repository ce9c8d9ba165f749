package main

import "fmt"

// produce may only send on out.
func produce(out chan<- int) {
	for i := 1; i <= 3; i++ {
		out <- i * 10
	}
	close(out)
}

// consume may only receive from in.
func consume(in <-chan int, done chan<- bool) {
	for v := range in {
		fmt.Println("consumed", v)
	}
	done <- true
}

func main() {
	ch := make(chan int) // bidirectional; converts to either direction
	done := make(chan bool)
	go produce(ch)
	go consume(ch, done)
	<-done
}
