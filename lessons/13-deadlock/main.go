package main

import "fmt"

func main() {
	ch := make(chan int)
	ch <- 42 // nobody will ever receive: main blocks forever
	fmt.Println(<-ch)
}
