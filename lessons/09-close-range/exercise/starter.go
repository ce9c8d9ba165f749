package main

import "fmt"

func main() {
	words := make(chan string)
	go func() {
		for _, w := range []string{"channels", "are", "typed", "pipes"} {
			words <- w
		}
	}()
	for i := 0; i < 5; i++ { // how many words? the receiver should not have to know
		fmt.Println(<-words)
	}
}
