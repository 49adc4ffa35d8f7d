from fastapi import FastAPI

app = FastAPI(title="Inventory", debug=True)


@app.get("/items")
def items():
    return []
