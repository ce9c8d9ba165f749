package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan string)
	go func() {
		time.Sleep(2 * time.Second)
		slow <- "late"
	}()
	start := time.Now()
	select {
	case m := <-slow:
		fmt.Println(m)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout after", time.Since(start))
	}
	fmt.Println(<-slow, "after", time.Since(start))
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channels are never ready")
	}
}
