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
	ping <- n // the first serve: the other player is already waiting
	for i := 0; i < 3; i++ {
		n = <-pong
		fmt.Println("round", i+1, "ball is at", n)
		if i < 2 {
			ping <- n
		}
	}
	close(ping)
}
