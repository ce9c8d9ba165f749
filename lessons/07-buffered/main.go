package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println("len", len(ch), "cap", cap(ch))
	ch <- "c" // still no receiver needed: the buffer has room
	fmt.Println("len", len(ch), "cap", cap(ch))
	fmt.Println(<-ch, <-ch) // first in, first out
	fmt.Println("len", len(ch), "cap", cap(ch))
	fmt.Println(<-ch)
}
