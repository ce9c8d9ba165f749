package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	squares := make(chan int)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			squares <- i * i
		}()
	}
	go func() {
		wg.Wait() // close only after every sender is done
		close(squares)
	}()
	sum := 0
	for s := range squares { // receive while the senders run
		sum += s
	}
	fmt.Println("sum", sum)
}
