"""The official LKE workbook layout: reading answers from it and (report layer) writing it."""
