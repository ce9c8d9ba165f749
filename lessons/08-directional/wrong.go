package main

func produce(out chan<- int) {
	v := <-out // a producer must not receive: the compiler refuses
	_ = v
}

func main() {
	ch := make(chan int)
	go produce(ch)
	ch <- 1
}
