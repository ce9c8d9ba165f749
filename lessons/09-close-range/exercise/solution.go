package main

import "fmt"

func main() {
	words := make(chan string)
	go func() {
		for _, w := range []string{"channels", "are", "typed", "pipes"} {
			words <- w
		}
		close(words)
	}()
	for w := range words {
		fmt.Println(w)
	}
}
