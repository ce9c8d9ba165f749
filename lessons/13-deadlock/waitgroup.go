package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	wg.Wait() // waits for senders that wait for a receiver that is waiting here
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
