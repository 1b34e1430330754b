package main

func main() {
	switch x; y
	{
	}
}
