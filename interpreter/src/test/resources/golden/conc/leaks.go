package main

import "fmt"

func producer(ch chan<- int) {
	for i := 0; ; i++ {
		ch <- i
	}
}

func main() {
	ch := make(chan int)
	go producer(ch)
	fmt.Println(<-ch, <-ch)
}
