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
	wg.Wait()
	close(squares)
	sum := 0
	for s := range squares {
		sum += s
	}
	fmt.Println("sum", sum)
}
