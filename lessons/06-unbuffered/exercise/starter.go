package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	n := 0
	ping <- n // the first serve
	go func() {
		for n := range ping {
			pong <- n + 1
		}
	}()
	for i := 0; i < 3; i++ {
		n = <-pong
		fmt.Println("round", i+1, "ball is at", n)
		if i < 2 {
			ping <- n
		}
	}
	close(ping)
}
