package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for n := range ping {
			pong <- n + 1
		}
	}()
	n := 0
	for i := 0; i < 3; i++ {
		ping <- n
		n = <-pong
		fmt.Println("round", i+1, "ball is at", n)
	}
	close(ping)
}
