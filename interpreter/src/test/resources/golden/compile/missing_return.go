package main

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
}

func loop() int {
	for {
	}
}

func sw(n int) string {
	switch n {
	case 1:
		return "one"
	default:
		return "other"
	}
}

func noDefault(n int) string {
	switch n {
	case 1:
		return "one"
	}
}

func main() {
	sign(1)
	loop()
	sw(1)
	noDefault(1)
}
