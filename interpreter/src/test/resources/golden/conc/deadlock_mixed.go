package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var nilCh chan int
	ch := make(chan int)
	mu.Lock()
	go func() { mu.Lock() }()
	go func() { nilCh <- 1 }()
	go func() { ch <- 1 }()
	go func() {
		var c sync.Cond
		c.L = &mu
		select {}
	}()
	fmt.Println("everyone waits")
	<-make(chan string)
}
