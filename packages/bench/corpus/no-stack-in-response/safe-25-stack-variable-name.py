from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/rpn")
def rpn():
    stack = []
    for tok in request.json["expr"].split():
        stack.append(stack.pop() + stack.pop() if tok == "+" else float(tok))
    return jsonify({"result": stack[-1]})
