package main

func main() {
outer:
	for i := 0; i < 2; i++ {
	}
unused:
	for {
		break outer
	}
	continue
	switch {
	case true:
		fallthrough
	}
}
