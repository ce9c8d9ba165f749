package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
		ch <- 2
	}()
	<-ch
	time.Sleep(150 * time.Second)
	fmt.Println("slept")
	var never chan bool
	go func() { <-never }()
	time.Sleep(30 * time.Second)
	select {}
}
