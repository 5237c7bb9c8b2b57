#!/usr/bin/env bash
# Lays out the folder that bin/ticketflow runs from: the packaged jar extracted (ticketflow.jar, its libraries in
# lib/) and the scripts in bin/. Called by the build's package phase: assemble.sh <java> <packaged jar> <folder>
set -euo pipefail
java="$1" packaged="$2" folder="$3"
rm -rf "$folder"
"$java" -Djarmode=tools -jar "$packaged" extract --destination "$folder" --application-filename ticketflow.jar
mkdir "$folder/bin"
cp -p bin/ticketflow bin/ticketflow-mail "$folder/bin/"
